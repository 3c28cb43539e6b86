# /support. The helplines' names, numbers and hours are as each service gives them.

support-danger = Jeśli tobie albo komuś innemu grozi teraz niebezpieczeństwo, zadzwoń pod { $number }.
support-danger-local-note = Jeśli tobie albo komuś innemu grozi teraz niebezpieczeństwo, zadzwoń pod lokalny numer alarmowy: { $note }.
support-danger-local = Jeśli tobie albo komuś innemu grozi teraz niebezpieczeństwo, zadzwoń pod lokalny numer alarmowy.
support-call = zadzwoń: { $phone }
support-open = czynne { $hours }
support-people-in = Ludzie, z którymi możesz porozmawiać { $region ->
    [GB] w Wielkiej Brytanii
    [IE] w Irlandii
    [US] w Stanach Zjednoczonych
    [CA] w Kanadzie
    [AU] w Australii
   *[NZ] w Nowej Zelandii
}, bezpłatnie i poufnie:
support-people-anywhere = Ludzie, z którymi możesz porozmawiać, bezpłatnie i poufnie, gdziekolwiek jesteś:
support-not-alone = Nie jesteś z tym sam ani sama, a sięgnięcie po pomoc to odważny krok. Grupa też tu jest.
support-pointer = Jeśli wszystkiego jest za dużo, w nagłej sytuacji zadzwoń pod { $number } albo wyślij /support, żeby zobaczyć, z kim możesz porozmawiać o każdej porze.
support-pointer-local = Jeśli wszystkiego jest za dużo, w nagłej sytuacji zadzwoń pod lokalny numer alarmowy albo wyślij /support, żeby zobaczyć, z kim możesz porozmawiać o każdej porze.

## Regions

region-name = { $region ->
    [GB] Wielka Brytania
    [IE] Irlandia
    [US] Stany Zjednoczone
    [CA] Kanada
    [AU] Australia
   *[NZ] Nowa Zelandia
} ({ $region }{ $nation })
region-international = międzynarodowo (bez ustawionego kraju)
nation-name = { $nation ->
    [england] Anglia
    [scotland] Szkocja
    [wales] Walia
   *[northern_ireland] Irlandia Północna
}
