package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fundingkit venues}: every venue id with its rule versions and their provenance. */
@Command(
    name = "venues",
    header = "Every venue, its rule versions and where each comes from.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Lists every venue id the library knows (and those loaded with --rules), each rule"
            + " version with its effective instant, formula and provenance: PUBLISHED (the"
            + " venue's own document), INFERRED_FROM_DATA (fitted to published rates) or"
            + " ASSUMED (e.g. an unpublished switch date), with its source.",
    footer = {
      "",
      "Examples:",
      "  fundingkit venues",
      "  fundingkit venues --rules my-venue.rules --json"
    })
final class VenuesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Load venues or rule versions from a rules file first; repeatable.")
  List<Path> rules = new ArrayList<>();

  @Mixin JsonOption output;

  @Override
  public Integer call() {
    VenueArgs.loadRules(rules);
    Output out = new Output();
    ArrayNode venues = out.json().putArray("venues");
    int versions = 0;
    for (FundingConvention c : FundingConventions.all()) {
      ObjectNode v = venues.addObject();
      v.put("id", c.id());
      v.put("name", c.name());
      ArrayNode list = v.putArray("versions");
      out.row(c.id(), c.name());
      for (FundingRuleVersion r : c.versions()) {
        ObjectNode o = list.addObject();
        o.put("effectiveFrom", r.effectiveFrom().toString());
        o.put("formula", r.formulaText());
        o.put("provenance", r.provenance().name());
        o.put("source", r.source());
        out.row("", "from " + r.effectiveFrom() + "  " + r.provenance() + "  "
            + r.formulaText());
        versions++;
      }
    }
    out.title(FundingConventions.all().size() + " venues, " + versions + " rule versions");
    out.print(spec, output.json);
    return 0;
  }
}
