package org.festgate.web.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
            "+1+2|'+1+2",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "Chè Shan tuyết|Chè Shan tuyết",
            "a=b|a=b"})
    void test_field_guardsFormulas(String cell, String expected) {
        assertThat(CsvTable.field(cell)).isEqualTo(expected);
    }

    @Test
    void test_field_guardsTabAndCarriageReturn() {
        assertThat(CsvTable.field("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTable.field("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void test_field_quotesCommasAndQuotes() {
        assertThat(CsvTable.field("Mông, Dao")).isEqualTo("\"Mông, Dao\"");
        assertThat(CsvTable.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void test_row_numbersStayNumbers() {
        assertThat(new CsvTable().row("product", -5L, 120_000L, null).toString()).isEqualTo("product,-5,120000,\r\n");
    }
}
