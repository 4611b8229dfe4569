public enum MarqueeXMLPlaceholder {}
