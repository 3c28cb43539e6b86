# Y lluniau: teitlau, labeli a'u geiriau.

chart-group-title = { $group }: atebion, wythnos wrth wythnos
chart-members-then = Aelodau ar y pryd
chart-checked-in = Wedi ateb
chart-people = Pobl
chart-checkins-axis = Atebion
chart-checkins-subtitle = Pobl a atebodd, bob wythnos yn dechrau (y { $count } olaf sydd wedi gorffen)
chart-one-or-two = 1 neu 2
chart-block-hidden = heb ei ddangos: dim ond 1 neu 2 o bobl a atebodd
chart-moods-subtitle = Hwyliau dros bob bloc o { $count } wythnos (mae hwyl a ddewiswyd gan 1 neu 2 o bobl yn unig wedi'i gadael allan)
chart-group-alt = Siart o atebion yn { $group }, dros y { $count } cyfnod olaf sydd wedi gorffen.
chart-week-hidden = Wythnos { $date }: atebodd 1 neu 2 o bobl.
chart-week-nobody = Wythnos { $date }: atebodd neb.
chart-week-count = Wythnos { $date }: atebodd { $count }.
chart-week-of = Wythnos { $date }: atebodd { $count } o { $members }.
chart-moods-hidden = Hwyliau { $from } i { $to }: heb eu dangos, dim ond 1 neu 2 o bobl a atebodd.
chart-moods = Hwyliau { $from } i { $to }: { $spread }.
chart-mood-count = { $mood } { $count }
chart-mood-hidden = { $mood } heb ei ddangos
chart-my-title = Dy atebion yn { $group }, ers { $date }
chart-my-title-empty = Dy atebion yn { $group }
chart-my-subtitle = Sut oeddet ti bob wythnos y gwnest ti ateb (wythnos wedi'i lliwio: roeddet ti i ffwrdd)
chart-away = i ffwrdd
chart-my-alt-empty = Siart o dy atebion yn { $group }: dim byd i'w ddangos eto.
chart-my-alt = Siart o dy atebion yn { $group }, wythnos wrth wythnos o { $from } i { $to }.
chart-month = { $month }: { $what }.
chart-month-none = dim atebion
chart-month-away = { $count ->
    [one] i ffwrdd { $count } wythnos
    [two] i ffwrdd pythefnos
   *[other] i ffwrdd { $count } wythnos
}
