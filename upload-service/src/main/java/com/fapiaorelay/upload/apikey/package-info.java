/**
 * ERP API keys scoped to sellers, their administration and introspection, and who may call which endpoint (the kit
 * authenticates).
 */
package com.fapiaorelay.upload.apikey;
