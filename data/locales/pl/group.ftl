# Polski: sprawy grupy: spotkania, konfiguracja, ustawienia, cotygodniowe pytanie i liczby dla
# osób prowadzących. Every message in en/group.ftl, with the same variables; "ty" throughout,
# no guessed gender (impersonal or neutral forms). Dates typed for /meetup are read in English
# ("next Tuesday 7pm"), so the examples stay English. Needs a review by a first-language speaker.

## Meetups: suggesting one

meetup-help = Na przykład: /meetup next Tuesday 7pm | Kawa i rozmowa | Kawiarnia Forum
meetup-when-missing = Kiedy to ma być?
meetup-unreadable = Nie umiem odczytać "{ $typed }" jako daty i godziny. Spróbuj na przykład "next Tuesday 7pm" albo "3 Dec 19:00".
meetup-add-time = Dodaj godzinę, na przykład "{ $day } 7pm".
meetup-no-such-date = Wygląda na to, że taki dzień nie istnieje.
meetup-passed = { $at } już minęło. Wybierz czas, który jest jeszcze przed nami, na przykład "next Tuesday 7pm".
meetup-too-far = To ponad rok stąd. Wybierz dzień w ciągu najbliższego roku.
meetup-what-time = O której godzinie, { $day }?
meetup-what-time-on = O której godzinie w { $day }?
meetup-time-example = Na przykład 10am albo 7pm.
meetup-needs-all = Spotkanie potrzebuje czasu, tytułu i miejsca, oddzielonych znakiem |.
meetup-title-long = Tytuł może mieć najwyżej 100 znaków.
meetup-place-long = Miejsce może mieć najwyżej 200 znaków.
meetup-form-title = Zaproponuj spotkanie
meetup-form-when = Kiedy (np. next Tuesday 7pm)
meetup-form-what = Co to jest (np. Kawa i rozmowa)
meetup-form-where = Gdzie
meetup-plan = Zaplanujmy spotkanie. Napisz, kiedy, co i gdzie.
meetup-nearly = Prawie gotowe: { $title }, miejsce: { $place }.
meetup-read-back = Tak to odczytuję: { $meetup } (czas { $zone }). Czy opublikować to w grupie?
meetup-confirm = Potwierdź i opublikuj
meetup-cancel = Anuluj
meetup-nothing-posted = Nie ma sprawy, nic nie zostało opublikowane.
meetup-not-waiting = Ta propozycja już nie czeka. Możesz zacząć od nowa przez /meetup.
meetup-already-on = To spotkanie jest już w planie: /meetups je pokazuje.
meetup-passed-waiting = Ten czas minął, kiedy propozycja czekała. Wyślij /meetup jeszcze raz z nowym czasem.
meetup-posted = Opublikowane, a ty jesteś na liście osób, które przyjdą.
meetup-posted-reminders = Osoby, które odpowiedzą tak albo może, dostaną przypomnienie { $ahead ->
    [day] dzień wcześniej i godzinę przed
   *[hour] godzinę przed
}.

## Meetups: the group's post and the answers

meetup-line = { $title }: { $at }, miejsce: { $place }
meetup-post = 📅 { $name } proponuje spotkanie: { $meetup }. Czy przyjdziesz?
meetup-yes = Tak
meetup-maybe = Może
meetup-no = Nie
meetups-not-on = Tego spotkania już nie ma w planie. /meetups pokazuje, co przed nami.
meetups-not-on-short = Tego spotkania już nie ma w planie.
meetups-started = To spotkanie już się zaczęło, więc nie ma na co odpowiadać. /meetups pokazuje, co przed nami.
meetups-yes-reply = Super: przychodzisz na { $title }, { $at }.
meetups-remind-you = Przypomnę ci { $ahead ->
    [day] dzień wcześniej i godzinę przed
   *[hour] godzinę przed
}.
meetups-see-you = Do zobaczenia!
meetups-maybe-reply = Zapisane jako „może” na { $title }, { $at }.
meetups-maybe-reminder = Wyślę przypomnienie; bez presji.
meetups-no-pressure = Bez presji.
meetups-no-reply = Zapisane: nie dasz rady przyjść na { $title }. Może następnym razem! Odpowiedź można zmienić w /meetups.
meetups-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /meetups, żeby kontynuować.

## Meetups: the list

meetups-none = Na razie nie ma zaplanowanych spotkań. Zaproponuj jakieś przez /meetup, na przykład: /meetup next Tuesday 7pm | Kawa | Kawiarnia Forum
meetups-coming-up = **Przed nami**
meetups-item = { $n }. { $meetup }. Przyjdzie: { $yes }, może: { $maybe }.
meetups-you-said = Twoja odpowiedź: { $answer ->
    [yes] tak
    [maybe] może
   *[no] nie
}.
meetups-yes-label = Tak: { $meetup }
meetups-maybe-label = Może: { $meetup }
meetups-no-label = Nie: { $meetup }
meetups-call-off-label = Odwołaj: { $meetup }
meetups-tap = Stuknij, żeby dać znać, czy przyjdziesz; odpowiedź można zmienić w każdej chwili.

## Meetups: calling one off

meetups-only-suggester = Spotkanie może odwołać tylko osoba, która je zaproponowała, albo osoba prowadząca grupę.
meetups-call-off-ask = Odwołać { $title }, { $at }? Każda osoba, która odpowiedziała, dostanie prywatną wiadomość, a wpis w grupie pokaże, że spotkanie jest odwołane.
meetups-call-off-yes = Tak, odwołaj
meetups-keep-label = Zostaw
meetups-kept = Dobrze: spotkanie nadal jest w planie i nikt nie dostał żadnej wiadomości.
meetups-called-off = Odwołane: { $title }. { $told ->
    [0] Nikt inny jeszcze nie odpowiedział
    [one] Daję znać jednej osobie, która odpowiedziała
    [few] Daję znać { $told } osobom, które odpowiedziały
    [many] Daję znać { $told } osobom, które odpowiedziały
   *[other] Daję znać { $told } osobom, które odpowiedziały
}, a wpis w grupie pokazuje teraz, że spotkanie jest odwołane.
meetups-off-by-suggester = Spotkanie { $title }, { $at }, jest odwołane przez osobę, która je zaproponowała: { $name }. Przepraszamy za zmianę planów. /meetups pokazuje, co jeszcze przed nami.
meetups-off-by-facilitator = Spotkanie { $title }, { $at }, jest odwołane przez osobę prowadzącą grupę: { $name }. Przepraszamy za zmianę planów. /meetups pokazuje, co jeszcze przed nami.
meetups-off-post = 📅 **Odwołane**: { $meetup }. Każda osoba, która odpowiedziała, już o tym wie. /meetups pokazuje, co jeszcze przed nami.

## Meetups: reminders

meetups-reminder-soon = Zaraz się zaczyna: { $title }, miejsce: { $place }, { $at }.
meetups-reminder-day = Przypomnienie od grupy { $group }: { $title }, { $at }, miejsce: { $place }.
meetups-reminder-maybe = Bez presji: odpowiedź „może” jest w porządku.
meetups-reminder-change = Jeśli plany się zmieniły, stuknij poniżej.
meetups-coming-label = Przyjdę
meetups-cant-label = Nie dam rady
