/** The benchmark of docs/benchmarks.md: the pipeline's throughput and latency beside raw Kafka and a naive uploader. */
package com.fapiaorelay.standalone.bench;
