package com.fapiaorelay.upload.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * One body limit per door, in bytes: JSON submissions and {@code text/csv} imports (multipart has Spring's own). A
 * declared length over the limit is refused before a byte is read; a body without one is counted as it is read.
 * Either way the answer is a 413 problem naming the limit. It runs before authentication, so an oversized body is
 * refused before anything else is done for it, whoever sends it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimits extends OncePerRequestFilter {

    private final IntakeProperties properties;
    private final HandlerExceptionResolver problems;

    BodyLimits(IntakeProperties properties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getContentType());
        if (limit < 0) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > limit) {
            problems.resolveException(request, response, null, BodyTooLarge.over(limit));
        } else {
            chain.doFilter(new Limited(request, limit), response);
        }
    }

    /** The limit of the door this content type enters by; -1 for the doors it does not guard. */
    private long limitFor(String contentType) {
        if (contentType == null) {
            return -1;
        }
        MediaType type = MediaType.parseMediaType(contentType);
        if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            return properties.maxJsonBytes();
        }
        return type.getType().equals("text") && type.getSubtype().equals("csv") ? properties.maxCsvBytes() : -1;
    }

    /** Counts the body as it is read and refuses it at the first byte over the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    count(next < 0 ? 0 : 1);
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int bytes) {
                    read += bytes;
                    if (read > limit) {
                        throw BodyTooLarge.over(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
