# Dobre słowo do kogoś, kto ucichł, słowo do jego pary i notatka dla prowadzących.

absence-nudge = Cześć, { $name }, serdeczne pozdrowienia od grupy { $group }. Myślimy o tobie.
    Kiedy tylko zechcesz, krótka odpowiedź da grupie znać, jak się masz: stuknij nastrój poniżej albo wyślij /checkin. Nie ma niczego do nadrabiania.
    Jeśli chcesz na jakiś czas odpocząć, /away pozwala zrobić przerwę. A /support jest tu zawsze, gdy potrzebujesz z kimś porozmawiać.
absence-buddy-told = Twoja para, { $name }, od jakiegoś czasu nie odzywa się w grupie { $group }. Jeśli masz ochotę, życzliwa wiadomość od ciebie może być mile widziana. Bez żadnej presji.
absence-facilitator-note = Prywatna notatka, tak jak chcesz: { $name } nie odzywa się w grupie { $group } od około { $weeks ->
        [one] { $weeks } tygodnia
       *[other] { $weeks } tygodni
    }.
    Ta osoba dostała ode mnie życzliwą wiadomość. Nic nie trzeba robić: znasz ją najlepiej. (/settings notes off wyłącza te notatki.)
absence-facilitator-note-buddy = Prywatna notatka, tak jak chcesz: { $name } nie odzywa się w grupie { $group } od około { $weeks ->
        [one] { $weeks } tygodnia
       *[other] { $weeks } tygodni
    }.
    Ta osoba dostała ode mnie życzliwą wiadomość, a jej para o tym wie. Nic nie trzeba robić: znasz ją najlepiej. (/settings notes off wyłącza te notatki.)
