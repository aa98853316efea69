-- Item-level powers: a delegation hands down catalogued matters (事项清单 items such as
-- 对未取得燃气经营许可证从事燃气经营活动的处罚), listed in the authorizing document's appendix. A power row is then
-- (category, field, item); rows without an item stay the (category, field) powers a report's text names.
ALTER TABLE power ADD COLUMN item TEXT;

-- the matters of a field and category, and a matter by its name
CREATE INDEX power_field_item ON power (field, category, item) WHERE item IS NOT NULL;
CREATE INDEX power_item ON power (item) WHERE item IS NOT NULL;
