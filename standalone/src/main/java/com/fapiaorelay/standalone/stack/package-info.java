/** One JVM's stack (EmbeddedStack: PostgreSQL, Kafka, the sandbox, the services, the console), its settings, and what feeds and reads any running stack: the ERP's invoices and publisher, the operators' client. */
package com.fapiaorelay.standalone.stack;
