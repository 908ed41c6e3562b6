package org.storyline.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a job, numbered in the order the local pipeline reads it.
 *
 * @param index position among all input files, from 0
 * @param uri where executors read it: a local path, or a Hadoop URI ({@code hdfs://}, {@code s3a://} …)
 * @param local true if {@code uri} is a path on a file system every executor sees as local
 */
record InputFile(int index, String uri, boolean local) implements Serializable {
  InputFile {
    Objects.requireNonNull(uri, "uri");
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
  }
}
