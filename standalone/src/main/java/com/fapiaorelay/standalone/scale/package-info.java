/** {@code ./fapiao scale}: the pipeline's rate and CPU cost on one JVM against the cluster, and with one upload-service instance against two. */
package com.fapiaorelay.standalone.scale;
