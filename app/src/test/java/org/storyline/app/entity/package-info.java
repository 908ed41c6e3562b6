/** Entity tests over the real pipeline: the seeds fixture, its scores, and resolution at scale. */
package org.storyline.app.entity;
