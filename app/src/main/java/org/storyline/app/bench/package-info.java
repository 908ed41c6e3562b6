/** {@code storyline bench}: throughput of storyline's analysis against CoreNLP's own pipelines on the same texts. */
package org.storyline.app.bench;
