-- The state several tarjama workers share. Times are the database's (now()), so workers on machines whose clocks
-- disagree still agree on leases and rate windows.

-- every item a watch has seen, and the queue of articles waiting to be translated
CREATE TABLE items (
  item_id      text PRIMARY KEY,
  source       text NOT NULL,
  content_hash text NOT NULL,
  status       text NOT NULL,
  attempts     integer NOT NULL,
  last_error   text,
  folder       text,
  first_seen   timestamptz NOT NULL,
  last_tried   timestamptz NOT NULL,
  card         text,
  requests     bigint NOT NULL DEFAULT 0,
  tokens       bigint NOT NULL DEFAULT 0,
  cost_usd     double precision,
  name         text,
  article      text,
  previous     text,
  queued_at    timestamptz,
  claimed_by   text,
  lease_until  timestamptz
);
CREATE INDEX items_queue ON items (queued_at) WHERE status = 'QUEUED';
CREATE INDEX items_by_content ON items (content_hash);

-- each source: who polls it now, when it was last polled, and its server's validators
CREATE TABLE sources (
  name          text PRIMARY KEY,
  etag          text,
  last_modified text,
  polled        timestamptz,
  claimed_by    text,
  lease_until   timestamptz
);

CREATE TABLE spending (
  at       timestamptz NOT NULL,
  requests bigint NOT NULL,
  tokens   bigint NOT NULL,
  cost_usd double precision
);
CREATE INDEX spending_by_time ON spending (at);

-- the answer cache: answers by key, and who is fetching one right now
CREATE TABLE answers (
  key     text PRIMARY KEY,
  answer  text NOT NULL,
  created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE answer_claims (
  key         text PRIMARY KEY,
  owner       text NOT NULL,
  lease_until timestamptz NOT NULL
);

-- requests sent to the provider, for the requests- and tokens-per-minute limits every worker shares
CREATE TABLE provider_requests (
  id     bigserial PRIMARY KEY,
  at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  tokens bigint NOT NULL
);
CREATE INDEX provider_requests_by_time ON provider_requests (at);
