package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OKX's code table gives a problem its words only when the code stands for that problem. */
class ProblemForItsCodeTest {

    @Test
    void aCodeOfAnotherProblemDoesNotLendItsWords() {
        ProblemContext context = ProblemContext.builder().okxCode("50111").build();

        Problem network = ProblemCatalog.problem(ProblemId.NETWORK, context);
        Problem invalidKey = ProblemCatalog.problem(ProblemId.AUTH_INVALID_KEY, context);

        assertThat(network.id()).isEqualTo(ProblemId.NETWORK);
        assertThat(network.message()).doesNotContain("50111");
        assertThat(invalidKey.message()).isEqualTo("OKX does not recognise this API key (code 50111).");
    }
}
