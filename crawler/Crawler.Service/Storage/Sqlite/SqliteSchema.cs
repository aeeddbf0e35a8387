namespace Crawler.Storage.Sqlite;

/// <summary>
/// The embedded store's tables. They mirror the MongoDB collections (sources, runs, postings, snapshots,
/// events, posting_versions for <c>postingVersions</c>) with the same field names in snake_case, so one analysis works on either store. Dates are
/// ISO-8601 UTC text (sortable), enums lower-case words, nested values JSON.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Bumped when a migration is added; stored in <c>PRAGMA user_version</c>.</summary>
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY,
            company TEXT NOT NULL,
            platform TEXT NOT NULL,
            entry_url TEXT NOT NULL,
            definition TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            lease_holder TEXT,
            leased_until TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            quarantined INTEGER NOT NULL DEFAULT 0,
            next_due_at TEXT,
            last_run_at TEXT,
            last_run_status TEXT
        );

        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id),
            worker_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0,
            seen INTEGER NOT NULL DEFAULT 0,
            "new" INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            gone INTEGER NOT NULL DEFAULT 0,
            snapshots INTEGER NOT NULL DEFAULT 0,
            suspect INTEGER NOT NULL DEFAULT 0,
            errors TEXT NOT NULL DEFAULT '[]',
            evidence TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_runs_source_started ON runs(source_id, started_at);
        CREATE INDEX IF NOT EXISTS ix_runs_status ON runs(status);

        CREATE TABLE IF NOT EXISTS postings (
            key TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id),
            portal_id TEXT NOT NULL,
            company TEXT NOT NULL,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            miss_count INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL,
            payload_hash TEXT NOT NULL,
            snapshot_id TEXT,
            snapshot_at TEXT,
            event_count INTEGER NOT NULL DEFAULT 0,
            posting TEXT NOT NULL,
            cities TEXT NOT NULL DEFAULT '[]',
            track TEXT NOT NULL,
            url TEXT,
            published_at TEXT,
            derived TEXT,
            detail_failures INTEGER NOT NULL DEFAULT 0,
            detail_failed_at TEXT,
            detail_error TEXT,
            version INTEGER NOT NULL DEFAULT 0,
            version_from TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_postings_source ON postings(source_id);
        CREATE INDEX IF NOT EXISTS ix_postings_company_status ON postings(company, status);

        CREATE TABLE IF NOT EXISTS snapshots (
            id TEXT PRIMARY KEY,
            posting_key TEXT NOT NULL,
            url TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            html BLOB NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_snapshots_posting ON snapshots(posting_key);

        CREATE TABLE IF NOT EXISTS events (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            posting_key TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id),
            company TEXT NOT NULL,
            title TEXT NOT NULL,
            cities TEXT NOT NULL DEFAULT '[]',
            url TEXT,
            run_id TEXT NOT NULL,
            changed_fields TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX IF NOT EXISTS ix_events_created ON events(created_at);
        CREATE INDEX IF NOT EXISTS ix_events_source ON events(source_id);
        CREATE INDEX IF NOT EXISTS ix_events_kind ON events(kind);
        CREATE INDEX IF NOT EXISTS ix_events_run ON events(run_id);

        CREATE TABLE IF NOT EXISTS posting_versions (
            posting_key TEXT NOT NULL,
            version INTEGER NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id),
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            snapshot_id TEXT,
            fields TEXT NOT NULL,
            PRIMARY KEY (posting_key, version)
        );
        CREATE INDEX IF NOT EXISTS ix_posting_versions_source_from ON posting_versions(source_id, valid_from);
        """;

    /// <summary>
    /// From schema 1: the columns history and diffs added to tables that already exist (new tables come from
    /// <see cref="Create"/>). Run once, when <c>user_version</c> says 1.
    /// </summary>
    public const string MigrateFrom1 = """
        ALTER TABLE postings ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN version_from TEXT;
        ALTER TABLE events ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE postings ADD COLUMN detail_failures INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN detail_failed_at TEXT;
        ALTER TABLE postings ADD COLUMN detail_error TEXT;
        """;

    /// <summary>
    /// Alert delivery state (see <see cref="SqliteAlertStateStore"/>): a cursor per sink and the dead letters.
    /// Created by the alert store itself, so the crawl store's contract does not change.
    /// </summary>
    public const string AlertTables = """
        CREATE TABLE IF NOT EXISTS alert_cursors (
            sink TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            pending_through INTEGER,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS alert_dead_letters (
            sink TEXT NOT NULL,
            event_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            message_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            first_failed_at TEXT NOT NULL,
            failed_at TEXT NOT NULL,
            PRIMARY KEY (sink, event_id)
        );
        CREATE INDEX IF NOT EXISTS ix_alert_dead_letters_sequence ON alert_dead_letters(sequence);
        """;
}
