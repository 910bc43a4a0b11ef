/** The multi-process topology: every part its own supervised JVM of this jar (ClusterStack), and the hard faults it can take. */
package com.fapiaorelay.standalone.cluster;
