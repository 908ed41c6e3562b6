/** The storyline pipeline as an Apache Spark job, its Parquet output, and the loader of that output into a store. */
package org.storyline.spark;
