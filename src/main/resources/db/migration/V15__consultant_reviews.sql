-- The consultant's review of a campaign (issue 16): a rating per dimension on the model's scale
-- and, optionally, the stage the consultant finds the organisation at, each with evidence (a note
-- and links to documents, stored as a JSON array of {label, url}), attributed and timestamped.
-- The organisation's leaders read the review once it is published. Nothing here comes from or
-- points at a response.
CREATE TABLE consultant_rating (
    campaign_id   VARCHAR(36)   NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    subject       VARCHAR(120)  NOT NULL,
    level         INTEGER       NOT NULL,
    note          VARCHAR(4000),
    links         VARCHAR(24000) NOT NULL,
    rated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    rated_by_name VARCHAR(200)  NOT NULL,
    rated_by_email VARCHAR(320) NOT NULL,
    version       INTEGER       NOT NULL,
    PRIMARY KEY (campaign_id, subject),
    CONSTRAINT ck_consultant_rating_level CHECK (level >= 1)
);

CREATE TABLE review_publication (
    campaign_id   VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(320) NOT NULL
);
