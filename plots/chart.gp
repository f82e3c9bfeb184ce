# An mtrack chart page. mtrack fills the slots (NAME between at-signs);
# every string it puts here has gone through plot_quote() (single quotes,
# ' doubled, control characters removed), and the data arrives inline as
# datablocks: per series, the actual values (a blank line where a period
# is missing, so the line breaks), the estimates (from the last actual
# on, drawn dashed) and the ranges (x, midpoint, low, high).
set terminal @TERMINAL@
@OUTPUT@
set encoding utf8
@DATA@
@LAYOUT@
@PANELS@
@END@
