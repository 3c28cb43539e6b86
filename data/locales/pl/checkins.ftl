# Polski. Every message in en.ftl, with the same variables. Plain, warm words at the reading
# level of the English; "ty" throughout, as friends in a group speak, and forms that do not
# guess anyone's gender. Needs a review by a first-language speaker (see the README).

## Moods, as the buttons and replies name them

mood-1 = ciężko
mood-2 = słabo
mood-3 = w porządku
mood-4 = dobrze
mood-5 = świetnie

## The weekly check-in prompt and its tally

prompt-title = { $group }: cotygodniowe pytanie
prompt-question = { $n ->
    [0] Jak minął ci ten tydzień?
    [1] Jak się masz w tym tygodniu?
    [2] Jaki był dla ciebie ten tydzień?
   *[3] Co u ciebie słychać w tym tygodniu?
}
prompt-how = Stuknij to, co pasuje najlepiej. Jeśli chcesz dodać kilka słów, wyślij mi prywatnie /checkin: notatki zostają prywatne, chyba że zechcesz się nimi podzielić.
tally-nobody = Jeszcze nikt się nie odezwał. Stuknij nastrój, kiedy zechcesz.
tally-count = { $count ->
    [one] Na razie odezwała się { $count } osoba.
    [few] Na razie odezwały się { $count } osoby.
   *[many] Na razie odezwało się { $count } osób.
}
tally-names = { $count ->
    [one] Na razie odezwała się { $count } osoba: { $names }.
    [few] Na razie odezwały się { $count } osoby: { $names }.
   *[many] Na razie odezwało się { $count } osób: { $names }.
}
tally-names-more = { $count ->
    [one] Na razie odezwała się { $count } osoba: { $names } i jeszcze { $others }.
    [few] Na razie odezwały się { $count } osoby: { $names } i jeszcze { $others }.
   *[many] Na razie odezwało się { $count } osób: { $names } i jeszcze { $others }.
}

## Checking in

checkin-ask = Jak się masz w tym tygodniu? Stuknij to, co pasuje najlepiej.
checkin-unknown = Nie umiem odczytać nastroju z { $typed }. Do wyboru: { $scale }. Stuknij jeden albo wyślij na przykład /checkin 4 ciężki tydzień, ale jakoś idzie
checkin-moods = Do wyboru: { $scale }.
checkin-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /checkin, żeby się odezwać.
checkin-note-gone = Nie mogę już znaleźć tej odpowiedzi. Wyślij /checkin, żeby odezwać się jeszcze raz.
checkin-note-added = Dziękuję. Twoje słowa są już przy twojej odpowiedzi: są prywatne, widzisz je tylko ty i nikt ich nie czyta.
checkin-updated = Twoja odpowiedź na ten tydzień jest już zmieniona.
checkin-welcome-back = Miło cię widzieć. Dziękuję, że się odzywasz.
checkin-thanks = Dziękuję, że się odzywasz.
checkin-note-shared = Twoja notatka jest widoczna dla grupy.
checkin-note-private = Twoja notatka jest prywatna: widzisz ją tylko ty i nikt jej nie czyta.
checkin-add-words = Chcesz dodać kilka słów? Zobaczysz je tylko ty.
checkin-few-words = Kilka słów
checkin-typed-in-group = Dla jasności: wszystko, co piszesz na czacie grupy, grupa może przeczytać, więc notatki wpisane tam są wspólne. Jeśli chcesz prywatną notatkę, wyślij mi /checkin na prywatnym czacie.
checkin-shared = { $name } dzieli się: { $note }
checkin-hard-week = Przykro mi, że ten tydzień jest taki trudny. Nie musisz dźwigać tego sam ani sama.
checkin-list-again = Wyślij /support w każdej chwili, żeby znów zobaczyć tę listę.
checkin-hard-week-short = Przykro mi, że ten tydzień jest taki trudny.

## Languages

language-now = Rozmawiam z tobą w języku: { $language }.
language-why-chosen = Wybrano to przez /language.
language-why-app = To język twojej aplikacji.
language-why-group = To język twojej grupy.
language-why-default = Tego języka używam, kiedy nie znam innego.
language-pick = Stuknij, żeby zmienić, albo wyślij /language auto, żeby używać języka aplikacji.
language-set = Od teraz rozmawiam z tobą w języku: { $language }.
language-auto = Będę używać języka twojej aplikacji, jeśli go znam, a jeśli nie, języka grupy. Na razie to { $language }.
language-unknown = Na razie mówię po angielsku (en), walijsku (cy) i polsku (pl). Wyślij na przykład /language pl albo /language auto.
language-auto-label = Jak w aplikacji
settings-language-set = Język grupy to teraz { $language }: cotygodniowe pytanie i to, co mówię do grupy, będą w tym języku. Każda osoba może wybrać własny język przez /language.
settings-language-unknown = Na razie mówię po angielsku (en), walijsku (cy) i polsku (pl): na przykład /settings language pl. Inne języki są mile widziane: README mówi, jak je dodać.
checkin-mood-range = Nastroje są od 1 do 5: { $scale }. Na przykład: /checkin 4 pracowity tydzień, ale w porządku
checkin-note-long = Notatka może mieć do { $max } znaków; twoja ma { $length }. Czy możesz ją trochę skrócić?
checkin-note-empty = Napisz kilka słów albo zostaw tak, jak jest: twoja odpowiedź jest już zapisana.
export-here = Oto ustawienia i sumy grupy. Nie ma w nich imion, notatek ani niczyich nastrojów; liczby od mniej niż 3 osób są pominięte.
forms-fix-these = Kilka rzeczy do poprawienia:
erasure-buddy-left-other = Dla jasności: jedna z osób z twojej pary w grupie { $group } opuściła grupę. Druga osoba jest z tobą do końca tej rundy, a nowe pary przyjdą z następną.
erasure-buddy-left = Dla jasności: osoba z twojej pary w grupie { $group } opuściła grupę, więc do końca tej rundy nie masz pary. Nowa para przyjdzie z następną rundą; nic nie musisz robić.
erasure-meetup-called-off = Spotkanie w grupie { $group }, na które odpowiedziałeś lub odpowiedziałaś, w dniu { $at }, zostało odwołane. Przepraszam! /meetups pokazuje, co jeszcze się szykuje.
erasure-meetup-post-off = 📅 Spotkanie w dniu { $at } zostało odwołane. /meetups pokazuje, co jeszcze się szykuje.
erasure-meetup-post-past = 📅 Spotkanie w dniu { $at }.
