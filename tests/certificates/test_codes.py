import pytest

from certificates import codes


def test_new_codes_look_right_and_validate():
    code = codes.new_code()
    assert code.startswith("TJB-")
    assert len(code.replace("-", "")) == 3 + 16
    assert codes.normalise(code) == code


def test_codes_are_random():
    assert len({codes.new_code() for _ in range(1000)}) == 1000


def test_typed_codes_are_forgiving_about_case_spaces_and_lookalikes():
    code = codes.format_code("0123456789ABCDE" + codes.check_character("0123456789ABCDE"))
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert codes.normalise(typed) == code
    assert codes.normalise(code.removeprefix("TJB-")) == code


# Luhn mod N cannot see one swap: the first and last characters of the alphabet ("0" and "Z"),
# whose values sum to the same whether doubled or not.
UNDETECTABLE_SWAP = {codes.ALPHABET[0], codes.ALPHABET[-1]}


def test_every_single_typo_and_every_swap_but_one_is_caught():
    body = codes.new_code().removeprefix("TJB-").replace("-", "")
    for position, original in enumerate(body):
        for replacement in codes.ALPHABET.replace(original, ""):
            with pytest.raises(codes.InvalidCode):
                codes.normalise(body[:position] + replacement + body[position + 1 :])
    for position in range(len(body) - 1):
        pair = {body[position], body[position + 1]}
        if len(pair) == 2 and pair != UNDETECTABLE_SWAP:
            swapped = body[:position] + body[position + 1] + body[position] + body[position + 2 :]
            with pytest.raises(codes.InvalidCode):
                codes.normalise(swapped)


@pytest.mark.parametrize(
    "text", ["", "TJB", "TJB-1234", "<script>", "x" * 500, "TJB-ÜÜÜÜ-ÜÜÜÜ-ÜÜÜÜ-ÜÜÜÜ"]
)
def test_malformed_text_is_not_a_code(text):
    with pytest.raises(codes.InvalidCode):
        codes.normalise(text)


def test_swapping_0_and_z_gives_another_valid_code():
    body = "0Z" + "1" * 13
    body += codes.check_character(body)
    assert codes.normalise("Z0" + body[2:]).removeprefix("TJB-").replace("-", "") != body
