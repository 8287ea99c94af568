-- The language each user has chosen for the portal (security.Language's code): 'sv' (the default) or 'en'.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'sv';
