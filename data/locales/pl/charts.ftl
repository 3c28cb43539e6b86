# Obrazki: tytuły, etykiety i ich słowa.

chart-group-title = { $group }: odpowiedzi tydzień po tygodniu
chart-members-then = Członkowie wtedy
chart-checked-in = Odpowiedzieli
chart-people = Osoby
chart-checkins-axis = Odpowiedzi
chart-checkins-subtitle = Osoby, które odpowiedziały, w tygodniach od podanej daty (ostatnie zakończone: { $count })
chart-one-or-two = 1 lub 2
chart-block-hidden = nie pokazano: odpowiedziały tylko 1 lub 2 osoby
chart-moods-subtitle = Nastroje w blokach po { $count } tygodnie (nastrój wybrany tylko przez 1 lub 2 osoby jest pominięty)
chart-group-alt = Wykres odpowiedzi w grupie { $group } z ostatnich zakończonych okresów: { $count }.
chart-week-hidden = Tydzień od { $date }: odpowiedziały 1 lub 2 osoby.
chart-week-nobody = Tydzień od { $date }: nikt nie odpowiedział.
chart-week-count = Tydzień od { $date }: odpowiedzi: { $count }.
chart-week-of = Tydzień od { $date }: odpowiedzi: { $count } z { $members }.
chart-moods-hidden = Nastroje od { $from } do { $to }: nie pokazano, odpowiedziały tylko 1 lub 2 osoby.
chart-moods = Nastroje od { $from } do { $to }: { $spread }.
chart-mood-count = { $mood } { $count }
chart-mood-hidden = { $mood } nie pokazano
chart-my-title = Twoje odpowiedzi w grupie { $group } od { $date }
chart-my-title-empty = Twoje odpowiedzi w grupie { $group }
chart-my-subtitle = Twój nastrój w każdym tygodniu z odpowiedzią (zacieniony tydzień: przerwa)
chart-away = przerwa
chart-my-alt-empty = Wykres twoich odpowiedzi w grupie { $group }: na razie nie ma nic do pokazania.
chart-my-alt = Wykres twoich odpowiedzi w grupie { $group }, tydzień po tygodniu od { $from } do { $to }.
chart-month = { $month }: { $what }.
chart-month-none = brak odpowiedzi
chart-month-away = { $count ->
    [one] przerwa: { $count } tydzień
    [few] przerwa: { $count } tygodnie
   *[many] przerwa: { $count } tygodni
}
