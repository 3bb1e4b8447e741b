-- Indexes for the department's figures with many rows (docs/benchmarks.md, "Dashboard queries with 1 million scans
-- and 100,000 sales").
-- A fair's booked stall-days per category join each booking to its stall by code: without this index H2 read all
-- the fair's stalls for every booking (0.2-0.5 s for a fair of 400 stalls over ten days).
CREATE INDEX fair_stall_code_ix ON fair_stall (fair_id, stall_code);
-- A fair's sales per product sum its lines per application and product: in this index they are in that order with
-- their figures, so neither database reads the table. It begins with fair_id, as the index it replaces did.
CREATE INDEX fair_sale_totals_ix ON fair_sale (fair_id, application_id, product_key, quantity, value_vnd);
DROP INDEX fair_sale_fair_ix;
