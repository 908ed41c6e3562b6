/** Input records as read from files and articles as the pipeline keeps them. */
package org.storyline.core.document;
