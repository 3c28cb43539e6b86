# The pictures: titles, labels and their words (the text alternative). Short labels: they are
# drawn on the picture.

chart-group-title = { $group }: check-ins, week by week
chart-members-then = Members then
chart-checked-in = Checked in
chart-people = People
chart-checkins-axis = Check-ins
chart-checkins-subtitle = People who checked in, each week starting (the last { $count } that have ended)
chart-one-or-two = 1 or 2
chart-block-hidden = not shown: only 1 or 2 people checked in
chart-moods-subtitle = Moods over each block of { $count } weeks (a mood chosen by only 1 or 2 people is left out)
chart-group-alt = A chart of check-ins in { $group }, over the last { $count } check-in periods that have ended.
chart-week-hidden = Week of { $date }: 1 or 2 people checked in.
chart-week-nobody = Week of { $date }: nobody checked in.
chart-week-count = Week of { $date }: { $count } checked in.
chart-week-of = Week of { $date }: { $count } of { $members } checked in.
chart-moods-hidden = Moods { $from } to { $to }: not shown, only 1 or 2 people checked in.
chart-moods = Moods { $from } to { $to }: { $spread }.
chart-mood-count = { $mood } { $count }
chart-mood-hidden = { $mood } not shown
chart-my-title = Your check-ins in { $group }, since { $date }
chart-my-title-empty = Your check-ins in { $group }
chart-my-subtitle = Your mood each week you checked in (a shaded week: you were away)
chart-away = away
chart-my-alt-empty = A chart of your check-ins in { $group }: nothing to show yet.
chart-my-alt = A chart of your check-ins in { $group }, week by week from { $from } to { $to }.
chart-month = { $month }: { $what }.
chart-month-none = no check-ins
chart-month-away = { $count ->
    [one] away { $count } week
   *[other] away { $count } weeks
}
