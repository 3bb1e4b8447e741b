-- Failed sign-ins per account, kept in the shared database so that every instance behind the load balancer
-- counts the same failures: after a few, the account's sign-in is blocked for a while that grows with each
-- further failure (SignInThrottle).
ALTER TABLE app_user ADD COLUMN failed_sign_ins INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN sign_in_blocked_until TIMESTAMP WITH TIME ZONE;
