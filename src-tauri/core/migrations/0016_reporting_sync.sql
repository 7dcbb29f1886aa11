-- Schema 16: more tables sync (reporting, activity, report_period). Written by `sync::triggers::migration_sql`
-- from `sync::schema` and frozen here (a test compares the two).

ALTER TABLE activity ADD COLUMN uid TEXT;
UPDATE activity SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX activity_by_uid ON activity (uid);
CREATE TRIGGER activity_uid AFTER INSERT ON activity WHEN NEW.uid IS NULL BEGIN
    UPDATE activity SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

CREATE TRIGGER reporting_sync_insert AFTER INSERT ON reporting BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reporting', k FROM (SELECT CAST(NEW.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER reporting_sync_update AFTER UPDATE ON reporting BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reporting', k FROM (SELECT CAST(OLD.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reporting', k FROM (SELECT CAST(NEW.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER reporting_sync_delete AFTER DELETE ON reporting BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reporting', k FROM (SELECT CAST(OLD.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER activity_sync_insert AFTER INSERT ON activity WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'activity', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER activity_sync_update AFTER UPDATE ON activity BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'activity', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'activity', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER activity_sync_delete AFTER DELETE ON activity BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'activity', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER report_period_sync_insert AFTER INSERT ON report_period BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'report_period', k FROM (SELECT CAST(NEW.authority AS TEXT) || '/' || CAST(NEW.period_start AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_period_sync_update AFTER UPDATE ON report_period BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'report_period', k FROM (SELECT CAST(OLD.authority AS TEXT) || '/' || CAST(OLD.period_start AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'report_period', k FROM (SELECT CAST(NEW.authority AS TEXT) || '/' || CAST(NEW.period_start AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_period_sync_delete AFTER DELETE ON report_period BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'report_period', k FROM (SELECT CAST(OLD.authority AS TEXT) || '/' || CAST(OLD.period_start AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

-- Everything already written is new to the document: it is built from these.
INSERT INTO sync_dirty (table_name, key)
    SELECT 'reporting', k FROM (SELECT CAST(row.key AS TEXT) AS k FROM reporting AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'activity', k FROM (SELECT row.uid AS k FROM activity AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'report_period', k FROM (SELECT CAST(row.authority AS TEXT) || '/' || CAST(row.period_start AS TEXT) AS k FROM report_period AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
