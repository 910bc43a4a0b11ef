-- ShedLock's lock rows: a job that must run once across replicas holds its row until lock_until.
CREATE TABLE shedlock (
    name        VARCHAR(64)   PRIMARY KEY,
    lock_until  TIMESTAMP     NOT NULL,
    locked_at   TIMESTAMP     NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
);
