/** JMH benchmarks of the pipeline's hot stages (main text, tagging, analysis, fusion) on the repository's own sample articles. */
package org.storyline.benchmarks;
