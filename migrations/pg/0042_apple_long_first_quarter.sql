-- Apple's 53-week years (fiscal 2017, 2023) put the extra week in the first
-- quarter: fiscal 2017's quarters ended on 31 December 2016, 1 April, 1 July
-- and 30 September 2017, not a week earlier as 13-week quarters counted from
-- the year's start give. A rule the user changed is left as it is.
UPDATE entity SET fy_rule = 'last-sat-09/q1' WHERE id = 'apple' AND fy_rule = 'last-sat-09';
