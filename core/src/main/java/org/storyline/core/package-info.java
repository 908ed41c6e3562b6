/** Domain records and stage interfaces of the storyline pipeline; no dependencies. */
package org.storyline.core;
