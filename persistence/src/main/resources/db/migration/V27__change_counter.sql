-- A counter per cached kind of data, moved on in the same transaction as every change of that data. A node keeps
-- a cache entry with the counter it was read at and serves it only to a read whose own snapshot shows the same
-- counter, so no node serves data older than the last committed change (decision 6). After changing units,
-- committees or users by hand in the database, move the counter on too:
--   UPDATE change_counter SET counter = counter + 1 WHERE name = 'organisation';  -- or 'users'
CREATE TABLE change_counter (
    name    VARCHAR(40) NOT NULL PRIMARY KEY,
    counter BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO change_counter (name, counter) VALUES ('organisation', 0), ('users', 0);
