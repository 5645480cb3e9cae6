/** A program that asks the confed domain who presided over the AES, and who presides next. */
module org.confed.examples.consumer {
    requires org.confed.domain;
}
