public enum MarqueeTextPlaceholder {}
