-- An estimate says whose it is: the company's own outlook (guidance), the
-- analysts' consensus, or the report's own (estimate). An actual still
-- beats any of them. PostgreSQL changes the CHECK in place.
ALTER TABLE observation DROP CONSTRAINT observation_basis;
ALTER TABLE observation ADD CONSTRAINT observation_basis
  CHECK (basis IN ('actual', 'estimate', 'guidance', 'consensus'));
