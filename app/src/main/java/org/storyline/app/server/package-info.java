/** The analyst's workbench: {@code storyline serve}, an HTTP server with a JSON API and a web UI over one store. */
package org.storyline.app.server;
