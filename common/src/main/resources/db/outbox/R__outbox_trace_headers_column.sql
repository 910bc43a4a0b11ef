-- The trace an event continues, as propagation headers (JSON), restored when the relay sends it.
-- Repeatable and idempotent rather than versioned: every service's own migrations are numbered after V0_1, so a new
-- versioned outbox migration would sort before the ones a database already applied and Flyway would refuse it.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS trace_headers TEXT;
