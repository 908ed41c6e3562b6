/** The workbench's read-only JSON API, its OpenAPI description, parameter checks and JSON errors. */
package org.storyline.app.server.api;
