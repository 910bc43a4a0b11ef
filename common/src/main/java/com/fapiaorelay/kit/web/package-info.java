/**
 * Errors as RFC 9457 problem details, one shape for every service: {@link com.fapiaorelay.kit.web.ApiProblem} for
 * domain failures, one advice answering them, and the writer security's refusals use outside Spring MVC.
 */
package com.fapiaorelay.kit.web;
