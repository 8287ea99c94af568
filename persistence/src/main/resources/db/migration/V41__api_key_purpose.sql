-- What an API key is for (ApiKeyPurpose): INTEGRATION, the integration API with its owner's roles and scope (every
-- key made before this), or USER_ADMINISTRATION, the users API only, for an HR system's administrator service account.
ALTER TABLE api_key
    ADD COLUMN purpose VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'INTEGRATION',
    ADD CONSTRAINT ck_api_key_purpose CHECK (purpose IN ('INTEGRATION', 'USER_ADMINISTRATION'));
