package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.time.Instant;

/**
 * The one Jackson {@link XmlMapper} behind {@link io.sep2.model.Sep2Xml}, set up so that only what
 * the model classes declare is bound: every property is named explicitly by an annotation (no
 * auto-detection, so a builder's Java method names never turn into accepted element names), null
 * elements are left out, repeated elements are unwrapped, and {@code xsi:type} is the type id of a
 * Notification's resource. Thread-safe once built.
 */
final class ModelMapper {

  private ModelMapper() {}

  /** Builds the mapper; {@code factory} supplies the hardened StAX factories. */
  public static XmlMapper create(XmlFactory factory) {
    SimpleModule module = new SimpleModule("sep2-model");
    module.addSerializer(Instant.class, new TimeTypeSerializers.Writer());
    module.addDeserializer(Instant.class, new TimeTypeSerializers.Reader());
    XmlBooleanDeserializer booleans = new XmlBooleanDeserializer();
    module.addDeserializer(Boolean.class, booleans);
    module.addDeserializer(Boolean.TYPE, booleans);
    module.registerSubtypes(ResourceTypes.namedTypes().toArray(new NamedType[0]));
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build());
    XmlMapper mapper =
        XmlMapper.builder(factory)
            .defaultUseWrapper(false)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .disable(MapperFeature.AUTO_DETECT_CREATORS)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_SETTERS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(ToXmlGenerator.Feature.AUTO_DETECT_XSI_TYPE)
            .enable(FromXmlParser.Feature.AUTO_DETECT_XSI_TYPE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(module)
            .build();
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Boolean, LogicalType.DateTime}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }
    return mapper;
  }
}
