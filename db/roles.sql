-- The two roles of a Postgres deployment: tracker_owner owns the database, its tables and
-- the triggers that keep published editions unchanged, and runs the migrations;
-- tracker_app, the server's role, reads and writes rows and can change nothing else.
-- Run once as a superuser:
--   psql -h HOST -U postgres -v owner_password=… -v app_password=… -f db/roles.sql
-- (db/roles.test.ts runs this file, with names of its own, on every test run.)
CREATE ROLE tracker_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE tracker_app LOGIN PASSWORD :'app_password';
CREATE DATABASE tracker OWNER tracker_owner;
REVOKE ALL ON DATABASE tracker FROM PUBLIC;
GRANT CONNECT ON DATABASE tracker TO tracker_app;

\connect tracker
-- Only the owner creates objects (PUBLIC may on PostgreSQL 14 and older).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tracker_app;
-- Every table and sequence a migration makes, now or later, is the app's to read and write.
ALTER DEFAULT PRIVILEGES FOR ROLE tracker_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tracker_app;
ALTER DEFAULT PRIVILEGES FOR ROLE tracker_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO tracker_app;
-- The functions are trigger functions; nobody calls them directly.
ALTER DEFAULT PRIVILEGES FOR ROLE tracker_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- The migration journal, which the app reads at start to check that the schema is current.
CREATE SCHEMA drizzle AUTHORIZATION tracker_owner;
GRANT USAGE ON SCHEMA drizzle TO tracker_app;
ALTER DEFAULT PRIVILEGES FOR ROLE tracker_owner IN SCHEMA drizzle GRANT SELECT ON TABLES TO tracker_app;
