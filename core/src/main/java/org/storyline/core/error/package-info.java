/** The one exception type of storyline, with an error code and a kind. */
package org.storyline.core.error;
