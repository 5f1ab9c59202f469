"""Local fakes of outside services (they stand in for third-party servers only)."""
