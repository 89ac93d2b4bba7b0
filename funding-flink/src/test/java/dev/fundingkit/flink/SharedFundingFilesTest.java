package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SharedFundingFilesTest {

  @Test
  void theBaseAssetIsTheTextBeforeTheFirstDash() {
    assertEquals("APT", SharedFundingFiles.base("APT-USDT-PERP"));
    assertEquals("BTC", SharedFundingFiles.base("BTC-USDT"));
    assertEquals("SOL", SharedFundingFiles.base("SOL"));
  }

  @Test
  void aFolderWithoutTheDataSetsHasNoFiles() {
    assertTrue(SharedFundingFiles.files(Path.of("no-such-folder")).isEmpty());
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().setDefault(Path.class, Path.of("no-such-folder"))
        .testAllPublicStaticMethods(SharedFundingFiles.class);
  }
}
