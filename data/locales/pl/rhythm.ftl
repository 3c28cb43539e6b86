# Polski: rytm grupy. Every message in en/rhythm.ftl, with the same variables. "ty" throughout,
# and forms that do not guess anyone's gender ("ta osoba", "osoba z pary"). Needs a review by a
# first-language speaker (see the README).

## The gentle check-in to someone who has gone quiet, and the word to their buddy

absence-hello = Cześć { $name }, serdeczne pozdrowienia z grupy { $group }. Myślimy o tobie.
absence-whenever = Kiedy tylko zechcesz, krótka odpowiedź da grupie znać, jak się masz: wystarczy stuknąć nastrój poniżej albo wysłać /checkin. Nie trzeba niczego nadrabiać.
absence-break = Jeśli potrzebujesz przerwy, możesz ją sobie zrobić przez /away. A /support jest tu zawsze, kiedy potrzebujesz z kimś porozmawiać.
absence-buddy-told = { $name }, osoba z twojej pary w grupie { $group }, od jakiegoś czasu się nie odzywa. Jeśli masz ochotę, przyjazna wiadomość od ciebie może być miła. Bez żadnej presji.
absence-facilitator = Prywatna notatka, o którą prosisz: { $name } nie odzywa się w grupie { $group } od około { $weeks ->
    [one] { $weeks } tygodnia
   *[other] { $weeks } tygodni
}.
absence-facilitator-told = Ta osoba dostała ode mnie przyjazną wiadomość. Nic nie trzeba robić: znasz ją najlepiej. (/settings notes off wyłącza te notatki.)
absence-facilitator-told-buddy = Ta osoba dostała ode mnie przyjazną wiadomość, a osoba z jej pary o tym wie. Nic nie trzeba robić: znasz ją najlepiej. (/settings notes off wyłącza te notatki.)

## Facilitators' weekly note (names only, never moods or notes)

note-title = Cotygodniowa notatka o grupie { $group }, tydzień od { $date }:
note-checked-in = • Odpowiedzi: { $who }
note-checked-in-count = • Odpowiedzi ({ $all } z { $total } osób): { $who }
note-privately = { $count ->
    [one] { $count } osoba prywatnie
    [few] { $count } osoby prywatnie
   *[many] { $count } osób prywatnie
}
note-names-and-privately = { $names } oraz { $privately }
note-nobody-checked-in = • W tym tygodniu nikt się nie odezwał.
note-quiet = • Od jakiegoś czasu cisza: { $names }. Przyjazne słowo od kogoś może być miłe.
note-nobody-quiet = • Nikt nie milczy od dłuższego czasu.
note-names-only = Tylko imiona: nastroje i notatki zawsze zostają prywatne. Żeby wyłączyć te notatki: /settings notes off

## When the bot may no longer post in the group's channel (Discord's Polish permission names)

note-permission-cant-post = Nie mogę teraz pisać na kanale grupy { $group }: potrzebuję tam uprawnienia { $permission }.
note-permission-waiting = Nic nie przepadnie. Cotygodniowe pytanie i inne wpisy czekają i wyjdą, gdy administrator serwera przywróci mi to uprawnienie (ustawienia kanału, Uprawnienia).
note-permission-view = Wyświetlanie kanałów
note-permission-send = Wysyłanie wiadomości
