-- Version 2: one row per article, keyed by its source and its id there (a feed cannot claim another's item by
-- reusing its GUID), in the states of one state machine (ArticleLifecycle): QUEUED, IN_PROGRESS, DONE, RETRY, PARKED,
-- TWIN. The rows of version 1's items table are carried over; the table itself is kept, renamed.

CREATE TABLE articles (
  source        text NOT NULL,
  item_id       text NOT NULL,
  link          text,
  name          text NOT NULL,
  content_hash  text NOT NULL,
  state         text NOT NULL,
  attempts      integer NOT NULL,
  last_error    text,
  next_attempt  timestamptz,
  folder        text,
  first_seen    timestamptz NOT NULL,
  last_tried    timestamptz NOT NULL,
  translated_at timestamptz,
  published     timestamptz,
  card          text,
  requests      bigint NOT NULL DEFAULT 0,
  tokens        bigint NOT NULL DEFAULT 0,
  cost_usd      double precision,
  article       text,
  queued_at     timestamptz,
  is_update     boolean NOT NULL DEFAULT false,
  claimed_by    text,
  lease_until   timestamptz,
  PRIMARY KEY (source, item_id)
);
CREATE INDEX articles_by_content ON articles (content_hash);
CREATE INDEX articles_by_link ON articles (source, link);
CREATE INDEX articles_queue ON articles (state, queued_at);

INSERT INTO articles (source, item_id, name, content_hash, state, attempts, last_error, next_attempt, folder,
                      first_seen, last_tried, translated_at, card, requests, tokens, cost_usd, article, queued_at,
                      is_update)
SELECT source,
       CASE WHEN item_id LIKE 'unread:%' THEN substr(item_id, 8) ELSE item_id END,
       COALESCE(name, CASE WHEN item_id LIKE 'unread:%' THEN substr(item_id, 8) ELSE item_id END),
       CASE WHEN item_id LIKE 'unread:%' THEN '' ELSE content_hash END,
       CASE status WHEN 'DONE' THEN 'DONE'
                   WHEN 'FAILED' THEN 'PARKED'
                   WHEN 'QUEUED' THEN CASE WHEN article IS NULL THEN 'RETRY' ELSE 'QUEUED' END
                   ELSE 'RETRY' END,
       attempts, last_error,
       CASE WHEN status = 'RETRY' THEN last_tried + make_interval(mins => 5 * power(2, GREATEST(attempts - 1, 0))::int)
            WHEN status = 'QUEUED' AND article IS NULL THEN last_tried END,
       folder, first_seen, last_tried,
       CASE WHEN status = 'DONE' THEN last_tried END,
       card, requests, tokens, cost_usd, article,
       CASE WHEN status = 'QUEUED' THEN COALESCE(queued_at, last_tried) END,
       previous = 'DONE'
FROM items
ON CONFLICT (source, item_id) DO NOTHING;

ALTER TABLE items RENAME TO items_before_v2;
