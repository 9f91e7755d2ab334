package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #15: the guide promises no keep-alive Keyhaven does not do: the check that keeps a key is manual. */
class KeepAliveWordingTest {

    @Test
    void theIpStepSaysTheKeepAliveCheckIsManual() throws Exception {
        JsonNode content;
        try (InputStream in = GuideContent.class.getResourceAsStream(GuideContent.RESOURCE)) {
            content = new ObjectMapper().readTree(in);
        }
        List<String> fourteenDays = new ArrayList<>();
        for (JsonNode body : content.findValues("body")) {
            if (body.asText().contains("14 days without a signed request") && body.asText().contains("Keyhaven shows that date")) {
                fourteenDays.add(body.asText());
            }
        }

        assertThat(fourteenDays).isNotEmpty().allSatisfy(body -> assertThat(body)
                .doesNotContain("keeps the key alive with a check")
                .contains("does not check by itself").contains("Check now to keep the key"));
    }
}
