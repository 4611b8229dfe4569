import MarqueeAppraisal
import MarqueeCore
import MarqueeEntities
import MarqueeText

/// The analysis stages that ship with Marquee, in the order a full pipeline runs them.
///
/// `marquee annotate` runs all of them by default; `--stages` picks some by name, and each has
/// its own subcommand.
public enum BuiltinStages {
  /// The catalog of built-in stages.
  public static var catalog: StageCatalog {
    StageCatalog([SegmentStage(), EntityStage(), EvaluateStage()])
  }
}
